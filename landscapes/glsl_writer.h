// Private: what the GLSL emitters share. GLSL differs from C here: pow(x, y) is undefined for
// x < 0 (so integer powers become products), atan(y, x) is atan2, and literals need a decimal
// point to be float. Function spellings come from the table in functions.h.
#pragma once

#include "landscapes/tape.h"

#include <functional>
#include <string>
#include <vector>

namespace lv::landscapes {

/// A float literal GLSL accepts: always with a decimal point ("2.0", "1.0e-03"), 9 significant
/// digits (enough to round-trip a float), negative values parenthesized so they nest safely;
/// non-finite values as expressions ("(1.0 / 0.0)").
std::string glslFloat(double c);

/// `spelling` with $a and $b replaced by `a` and `b`.
std::string substituteOperands(const char* spelling, const std::string& a, const std::string& b = "");

/// Appends to `body` the temporaries for base^n by repeated squaring (named <name>_<k>, of GLSL
/// type float) and returns the product expression: x^16 is four multiplies.
std::string integerPower(std::string& body, const std::string& base, int n, const std::string& name);

/// The functions (kFunctions indices) the tape calls, each once, in the order of their first call.
std::vector<int> calledFunctions(const Tape& tape);

/// The GLSL helper definitions (functions.h `glslHelper`) of every function the tape calls, once,
/// each inside an #ifndef guard so that several emitted sources can share one shader.
std::string functionHelpers(const Tape& tape);

/// A tape in GLSL: statements (`<type> tN = ...;`, two-space indented) and the expression of
/// the result. The statements read `x` and `y`, which the caller declares.
struct GlslValue {
  std::string statements;
  std::string result;
};

/// One instruction to spell: the names of its result and operands (b empty for a unary one), and
/// the statements so far, to which it may append temporaries named <name>_....
struct Operation {
  const Instr& in;
  const std::string& name;
  const std::string& a;
  const std::string& b;
  std::string& statements;
};

/// How one number type spells a tape: its GLSL type, a constant of it from a float expression, a
/// data column's float expression, and an operation's expression.
struct TapeSpelling {
  const char* type;
  std::function<std::string(const std::string& value)> constant;
  std::function<std::string(int column)> column;
  std::string (*operation)(const Operation& op);
};
GlslValue emitTape(const Tape& tape, const TapeSpelling& spelling);

/// The tape in GLSL floats; data column n reads `columnName(n)`, which the caller defines.
GlslValue emitValue(const Tape& tape, const std::function<std::string(int)>& columnName);

/// The GLSL forward-mode number type `FormulaJet` (value, gradient, Hessian) and its arithmetic
/// (`jet*` functions), plus the partial-derivative helpers (`lv_partials_<name>`) and function
/// helpers of every function the tape calls.
std::string jetPrelude(const Tape& tape);

/// Like emitValue, in FormulaJet numbers: the statements read `FormulaJet x, y` (seeded by the
/// caller) and float `columnName(n)`; the result is a FormulaJet expression.
GlslValue emitJets(const Tape& tape, const std::function<std::string(int)>& columnName);

/// Statements declaring the FormulaJet variables x and y seeded from `vec2 p`.
std::string jetSeeds();
/// `vec3 f_grad(vec2 p)` and `mat2 f_hess(vec2 p)` read from `FormulaJet f_jet(vec2 p)`.
std::string jetAccessors();

}  // namespace lv::landscapes
