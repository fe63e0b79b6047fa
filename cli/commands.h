// The potro subcommands. Each parses its own arguments, runs a library job and prints.
#pragma once

namespace potro::cli {

// Exit codes scripts can rely on.
constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

// argv[1] names the command. run_command turns any exception into a one-line error; dispatch
// lets it through (for the fuzz target, which must see it).
int run_command(int argc, char** argv);
int dispatch(int argc, char** argv);

int run_typeset(int argc, char** argv);
int run_shape(int argc, char** argv);
int run_render(int argc, char** argv);
int run_validate(int argc, char** argv);
int run_bulk(int argc, char** argv);
int run_date(int argc, char** argv);
int run_fonts(int argc, char** argv);
int run_extract(int argc, char** argv);
int run_sign(int argc, char** argv);
int run_serve(int argc, char** argv);
int run_convert(int argc, char** argv);
int run_new(int argc, char** argv);
int run_lint(int argc, char** argv);

}  // namespace potro::cli
