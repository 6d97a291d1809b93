// GLSL emission of a tape's value: one `float tN = ...;` per instruction, and Formula::glsl().
#include "landscapes/formula.h"
#include "landscapes/glsl_writer.h"
#include "landscapes/lv_assert.h"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace lv::landscapes {

std::string glslFloat(double c) {
  if (std::isnan(c)) return "(0.0 / 0.0)";
  if (std::isinf(c)) return c > 0 ? "(1.0 / 0.0)" : "(-1.0 / 0.0)";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.9g", c);
  std::string s = buffer;
  const std::size_t exponent = s.find_first_of("eE");
  if (s.find('.') == std::string::npos) {
    if (exponent == std::string::npos)
      s += ".0";
    else
      s.insert(exponent, ".0");
  }
  return c < 0 ? "(" + s + ")" : s;
}

std::string substituteOperands(const char* spelling, const std::string& a, const std::string& b) {
  std::string out;
  for (const char* s = spelling; *s; ++s) {
    if (s[0] == '$' && (s[1] == 'a' || s[1] == 'b')) {
      out += s[1] == 'a' ? a : b;
      ++s;
    } else {
      out += *s;
    }
  }
  return out;
}

std::string integerPower(std::string& body, const std::string& base, int n, const std::string& name) {
  unsigned m = n < 0 ? unsigned(-n) : unsigned(n);
  std::string product, square = base;
  for (int k = 1; m; ++k) {
    if (m & 1u) product = product.empty() ? square : product + " * " + square;
    m >>= 1u;
    if (m) {
      const std::string next = name + "_" + std::to_string(k);
      body += "  float " + next + " = " + square + " * " + square + ";\n";
      square = next;
    }
  }
  if (product.empty()) product = "1.0";
  return n < 0 ? "1.0 / (" + product + ")" : product;
}

std::vector<int> calledFunctions(const Tape& tape) {
  std::vector<char> seen(std::size_t(kFunctionCount), 0);
  std::vector<int> called;
  for (const Instr& in : tape.code) {
    if ((in.op != Op::Call1 && in.op != Op::Call2) || seen[in.function]) continue;
    seen[in.function] = 1;
    called.push_back(in.function);
  }
  return called;
}

std::string functionHelpers(const Tape& tape) {
  std::string helpers;
  for (const int function : calledFunctions(tape)) {
    const FunctionSpec& spec = kFunctions[function];
    if (!*spec.glslHelper) continue;
    // Guarded, so that sources which both need it (f and f_jet) can be spliced into one shader.
    const std::string guard = std::string("LV_HELPER_") + spec.name;
    helpers += "#ifndef " + guard + "\n#define " + guard + "\n" + spec.glslHelper + "#endif\n";
  }
  return helpers;
}

GlslValue emitTape(const Tape& tape, const TapeSpelling& spelling) {
  std::vector<std::string> names(tape.code.size());
  GlslValue out;
  for (std::size_t i = 0; i < tape.code.size(); ++i) {
    const Instr& in = tape.code[i];
    if (operandCount(in.op) == 0) {
      names[i] = in.op == Op::X        ? "x"
                 : in.op == Op::Y      ? "y"
                 : in.op == Op::Column ? spelling.constant(spelling.column(in.n))
                                       : spelling.constant(glslFloat(in.constant));
      continue;
    }
    names[i] = "t" + std::to_string(i);
    const std::string b = operandCount(in.op) == 2 ? names[in.b] : std::string();
    const std::string expression = spelling.operation({in, names[i], names[in.a], b, out.statements});
    out.statements += "  " + std::string(spelling.type) + " " + names[i] + " = " + expression + ";\n";
  }
  out.result = names[std::size_t(tape.result)];
  return out;
}

namespace {

std::string valueOperation(const Operation& op) {
  switch (op.in.op) {
    case Op::Add:
      return op.a + " + " + op.b;
    case Op::Sub:
      return op.a + " - " + op.b;
    case Op::Mul:
      return op.a + " * " + op.b;
    case Op::Div:
      return op.a + " / " + op.b;
    case Op::Neg:
      return "-" + op.a;
    case Op::PowInt:
      return integerPower(op.statements, op.a, op.in.n, op.name);
    case Op::PowConst:
      return "pow(" + op.a + ", " + glslFloat(op.in.constant) + ")";
    default:  // Call1, Call2
      return substituteOperands(kFunctions[op.in.function].glslValue, op.a, op.b);
  }
}

}  // namespace

GlslValue emitValue(const Tape& tape, const std::function<std::string(int)>& columnName) {
  return emitTape(tape,
                  {"float", [](const std::string& value) { return value; }, columnName, valueOperation});
}

std::string Formula::glsl() const {
  LV_ASSERT(tape_->columns.empty(), "a data formula's surface is FiniteSum::glsl()");
  const GlslValue value = emitValue(*tape_, [](int n) { return "c" + std::to_string(n); });
  return functionHelpers(*tape_) + "float f(vec2 p) {\n  float x = p.x;\n  float y = p.y;\n" +
         value.statements + "  return " + value.result + ";\n}\n";
}

}  // namespace lv::landscapes
