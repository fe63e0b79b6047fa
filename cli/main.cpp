// potro: the documents of a Bangladesh government office, from the command line.
#include "commands.h"

int main(int argc, char** argv) {
    return potro::cli::run_command(argc, argv);
}
