// Diagnostics: what went wrong or looks wrong, and where, in words a clerk can act on.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace potro {

// A place in an input file; line and column count from 1, 0 means "not known".
struct SourcePos {
    std::string file;
    int line = 0;
    int column = 0;
};

enum class Severity { Warning, Error };

// What a diagnostic is about, for a program that acts on some kinds of message.
enum class DiagnosticCode {
    General,
    UncoveredCharacter,  // no font of the font set has a character of the text
};

// One message about the input, printed as `file:line:col: error: message`.
struct Diagnostic {
    Severity severity = Severity::Error;
    SourcePos pos;
    std::string message;
    DiagnosticCode code = DiagnosticCode::General;

    std::string to_string() const;
};

Diagnostic make_error(SourcePos pos, std::string message);
Diagnostic make_warning(SourcePos pos, std::string message);

// A value or the error that prevented it. Warnings travel separately, beside a success.
template <class T>
class Result {
  public:
    Result(T value) : v_(std::move(value)) {}
    Result(Diagnostic error) : v_(std::move(error)) {}

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(v_); }
    const T& value() const& { return std::get<0>(v_); }
    T&& value() && { return std::get<0>(std::move(v_)); }
    const Diagnostic& error() const { return std::get<1>(v_); }

  private:
    std::variant<T, Diagnostic> v_;
};

// The success of an operation that produces nothing but may fail.
struct Done {};
using Status = Result<Done>;
inline Status ok_status() {
    return Status(Done{});
}

}  // namespace potro
