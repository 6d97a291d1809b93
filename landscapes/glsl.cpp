// GLSL emission: one `float tN = ...;` per tape instruction, inside `float f(vec2 p)`.
// GLSL differs from C here: pow(x, y) is undefined for x < 0 (so integer powers become products),
// atan(y, x) is atan2, literals need a decimal point to be float, and tanh may overflow to NaN.
#include "landscapes/formula.h"
#include "landscapes/tape.h"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace lv::landscapes {
namespace {

// A float literal GLSL accepts: always with a decimal point ("2.0", "1.0e-03"), 9 significant
// digits (enough to round-trip a float), negative values parenthesized so they nest safely.
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

class Emitter {
 public:
  explicit Emitter(const Tape& tape) : tape_(tape), names_(tape.code.size()) {}

  std::string emit() {
    body_ = "float f(vec2 p) {\n  float x = p.x;\n  float y = p.y;\n";
    for (std::size_t i = 0; i < tape_.code.size(); ++i) define(i);
    body_ += "  return " + names_[tape_.result] + ";\n}\n";
    return body_;
  }

 private:
  void define(std::size_t i) {
    const Instr& in = tape_.code[i];
    switch (in.op) {
      case Op::Const:
        names_[i] = glslFloat(in.constant);
        return;
      case Op::X:
        names_[i] = "x";
        return;
      case Op::Y:
        names_[i] = "y";
        return;
      default:
        break;
    }
    names_[i] = "t" + std::to_string(i);
    const std::string& a = names_[in.a];
    const std::string b = isBinary(in.op) ? names_[in.b] : std::string();
    std::string expression;
    switch (in.op) {
      case Op::Add:
        expression = a + " + " + b;
        break;
      case Op::Sub:
        expression = a + " - " + b;
        break;
      case Op::Mul:
        expression = a + " * " + b;
        break;
      case Op::Div:
        expression = a + " / " + b;
        break;
      case Op::Pow:
        expression = "pow(" + a + ", " + b + ")";
        break;
      case Op::Min:
        expression = "min(" + a + ", " + b + ")";
        break;
      case Op::Max:
        expression = "max(" + a + ", " + b + ")";
        break;
      case Op::Atan2:
        expression = "atan(" + a + ", " + b + ")";
        break;
      case Op::Neg:
        expression = "-" + a;
        break;
      case Op::PowInt:
        expression = integerPower(a, in.n, names_[i]);
        break;
      case Op::PowConst:
        expression = "pow(" + a + ", " + glslFloat(in.constant) + ")";
        break;
      // tanh(10) is 1 in float; clamping keeps exp-based implementations from returning inf/inf.
      case Op::Tanh:
        expression = "tanh(clamp(" + a + ", -10.0, 10.0))";
        break;
      default:
        expression = std::string(functionName(in.op)) + "(" + a + ")";
        break;
    }
    body_ += "  float " + names_[i] + " = " + expression + ";\n";
  }

  // base^n as products, squaring through temporaries named <name>_<k>: x^16 is four multiplies.
  std::string integerPower(const std::string& base, int n, const std::string& name) {
    unsigned m = n < 0 ? unsigned(-n) : unsigned(n);
    std::string product, square = base;
    for (int k = 1; m; ++k) {
      if (m & 1u) product = product.empty() ? square : product + " * " + square;
      m >>= 1u;
      if (m) {
        const std::string next = name + "_" + std::to_string(k);
        body_ += "  float " + next + " = " + square + " * " + square + ";\n";
        square = next;
      }
    }
    if (product.empty()) product = "1.0";
    return n < 0 ? "1.0 / (" + product + ")" : product;
  }

  static const char* functionName(Op op) {
    switch (op) {
      case Op::Sin:
        return "sin";
      case Op::Cos:
        return "cos";
      case Op::Tan:
        return "tan";
      case Op::Exp:
        return "exp";
      case Op::Log:
        return "log";
      case Op::Sqrt:
        return "sqrt";
      case Op::Abs:
        return "abs";
      case Op::Sinh:
        return "sinh";
      case Op::Cosh:
        return "cosh";
      case Op::Atan:
        return "atan";
      case Op::Asin:
        return "asin";
      case Op::Acos:
        return "acos";
      default:
        return "";
    }
  }

  const Tape& tape_;
  std::vector<std::string> names_;
  std::string body_;
};

}  // namespace

std::string Formula::glsl() const { return Emitter(*tape_).emit(); }

}  // namespace lv::landscapes
