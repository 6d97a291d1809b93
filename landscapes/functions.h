// Private: the one table of formula functions. Every reader takes its facts from here: the parser
// (names, arities, the list in error messages), the tape (constant folding), the evaluator (value,
// gradient, Hessian) and the GLSL emitters (value and derivative spellings).
//
// Adding a function = one row below: its name, arity, its double rule (value and, on request,
// first and second derivatives) and its GLSL spellings. Nothing else changes.
//
// GLSL spellings use $a and $b for the operands. `glslPartials` is the body of a GLSL function
//   unary:  vec3 partials(float a)                                  returning (g, g', g'')
//   binary: void partials(float a, float b, out vec3 first, out vec3 second)
//           first = (g, ∂g/∂a, ∂g/∂b), second = (∂²g/∂a², ∂²g/∂a∂b, ∂²g/∂b²)
// and `glslHelper` holds GLSL definitions the other spellings call (emitted once when used).
// GLSL needs float literals with a point, and GLSL's pow is undefined for negative bases.
#pragma once

#include <cmath>
#include <cstdint>
#include <string_view>

namespace lv::landscapes {

/// g, g', g'' of a unary function at one point (derivatives only up to the requested order).
struct UnaryPartials {
  double f = 0, d1 = 0, d2 = 0;
};
/// g and its partial derivatives in both operands (up to the requested order).
struct BinaryPartials {
  double f = 0, da = 0, db = 0, daa = 0, dab = 0, dbb = 0;
};

/// order 0: f only; 1: and the first derivatives; 2: and the second. `f` is the same bits at every
/// order, so value, gradient and Hessian evaluation agree exactly on f.
using UnaryRule = UnaryPartials (*)(double u, int order);
using BinaryRule = BinaryPartials (*)(double a, double b, int order);

struct FunctionSpec {
  const char* name;
  int arity;  ///< 1 or 2
  UnaryRule unary;
  BinaryRule binary;
  const char* glslValue;
  const char* glslPartials;
  const char* glslHelper;
};

constexpr FunctionSpec unaryFunction(const char* name, UnaryRule rule, const char* glslValue,
                                     const char* glslPartials, const char* glslHelper = "") {
  return {name, 1, rule, nullptr, glslValue, glslPartials, glslHelper};
}
constexpr FunctionSpec binaryFunction(const char* name, BinaryRule rule, const char* glslValue,
                                      const char* glslPartials) {
  return {name, 2, nullptr, rule, glslValue, glslPartials, ""};
}

// clang-format off
inline constexpr FunctionSpec kFunctions[] = {
    unaryFunction("sin", [](double u, int order) {
      const double s = std::sin(u);
      return order ? UnaryPartials{s, std::cos(u), -s} : UnaryPartials{s};
    }, "sin($a)", "return vec3(sin(a), cos(a), -sin(a));"),
    unaryFunction("cos", [](double u, int order) {
      const double c = std::cos(u);
      return order ? UnaryPartials{c, -std::sin(u), -c} : UnaryPartials{c};
    }, "cos($a)", "return vec3(cos(a), -sin(a), -cos(a));"),
    unaryFunction("tan", [](double u, int) {
      const double t = std::tan(u);
      return UnaryPartials{t, 1 + t * t, 2 * t * (1 + t * t)};
    }, "tan($a)", "float t = tan(a); return vec3(t, 1.0 + t * t, 2.0 * t * (1.0 + t * t));"),
    unaryFunction("exp", [](double u, int) {
      const double e = std::exp(u);
      return UnaryPartials{e, e, e};
    }, "exp($a)", "float e = exp(a); return vec3(e, e, e);"),
    unaryFunction("log", [](double u, int) {
      return UnaryPartials{std::log(u), 1 / u, -1 / (u * u)};
    }, "log($a)", "return vec3(log(a), 1.0 / a, -1.0 / (a * a));"),
    // g' and g'' are infinite at 0 (the tip of Ackley's cone): see autodiff.h for the convention.
    unaryFunction("sqrt", [](double u, int) {
      const double s = std::sqrt(u);
      return UnaryPartials{s, 0.5 / s, -0.25 / (s * u)};
    }, "sqrt($a)", "float s = sqrt(a); return vec3(s, 0.5 / s, -0.25 / (s * a));"),
    unaryFunction("abs", [](double u, int) {
      return UnaryPartials{std::fabs(u), u > 0 ? 1.0 : u < 0 ? -1.0 : 0.0, 0};
    }, "abs($a)", "return vec3(abs(a), sign(a), 0.0);"),
    // tanh(10) is 1 in float; clamping keeps exp-based GLSL implementations from returning inf/inf.
    unaryFunction("tanh", [](double u, int) {
      const double t = std::tanh(u);
      return UnaryPartials{t, 1 - t * t, -2 * t * (1 - t * t)};
    }, "tanh(clamp($a, -10.0, 10.0))",
       "float t = tanh(clamp(a, -10.0, 10.0)); return vec3(t, 1.0 - t * t, -2.0 * t * (1.0 - t * t));"),
    unaryFunction("sinh", [](double u, int order) {
      const double s = std::sinh(u);
      return order ? UnaryPartials{s, std::cosh(u), s} : UnaryPartials{s};
    }, "sinh($a)", "float s = sinh(a); return vec3(s, cosh(a), s);"),
    unaryFunction("cosh", [](double u, int order) {
      const double c = std::cosh(u);
      return order ? UnaryPartials{c, std::sinh(u), c} : UnaryPartials{c};
    }, "cosh($a)", "float c = cosh(a); return vec3(c, sinh(a), c);"),
    unaryFunction("atan", [](double u, int) {
      const double d = 1 / (1 + u * u);
      return UnaryPartials{std::atan(u), d, -2 * u * d * d};
    }, "atan($a)", "float d = 1.0 / (1.0 + a * a); return vec3(atan(a), d, -2.0 * a * d * d);"),
    // GLSL's asin and acos may be coarse approximations (Mesa's err by 2e-4); atan2 forms are not.
    unaryFunction("asin", [](double u, int order) {
      const double s = 1 - u * u, f = std::asin(u);
      return order ? UnaryPartials{f, 1 / std::sqrt(s), u / (s * std::sqrt(s))} : UnaryPartials{f};
    }, "atan($a, sqrt(1.0 - $a * $a))",
       "float s = 1.0 - a * a; float r = sqrt(s); return vec3(atan(a, r), 1.0 / r, a / (s * r));"),
    unaryFunction("acos", [](double u, int order) {
      const double s = 1 - u * u, f = std::acos(u);
      return order ? UnaryPartials{f, -1 / std::sqrt(s), -u / (s * std::sqrt(s))} : UnaryPartials{f};
    }, "atan(sqrt(1.0 - $a * $a), $a)",
       "float s = 1.0 - a * a; float r = sqrt(s); return vec3(atan(r, a), -1.0 / r, -a / (s * r));"),
    // softplus(u) = log(1 + e^u); g' = σ(u), the logistic sigmoid; g'' = σ(u)·σ(−u). With
    // e = e^−|u| ≤ 1 every piece is finite and keeps its relative precision at any |u|.
    unaryFunction("softplus", [](double u, int) {
      const double e = std::exp(-std::fabs(u)), s = 1 / (1 + e);
      return UnaryPartials{std::fmax(u, 0.0) + std::log1p(e), u >= 0 ? s : e * s, e * s * s};
    }, "lv_softplus($a)",
       "float e = exp(-abs(a)); float s = 1.0 / (1.0 + e);"
       " return vec3(lv_softplus(a), a >= 0.0 ? s : e * s, e * s * s);",
       // GLSL has no log1p: below 1e-4, log(1 + e) = e − e²/2 to float precision.
       "float lv_softplus(float a) {\n"
       "  float e = exp(-abs(a));\n"
       "  return max(a, 0.0) + (e < 1.0e-4 ? e * (1.0 - 0.5 * e) : log(1.0 + e));\n"
       "}\n"),
    // min and max: ties (and NaN in b) pick a, as GLSL's min/max do; derivatives follow the value.
    binaryFunction("min", [](double a, double b, int) {
      return b < a ? BinaryPartials{b, 0, 1} : BinaryPartials{a, 1, 0};
    }, "min($a, $b)",
       "first = b < a ? vec3(b, 0.0, 1.0) : vec3(a, 1.0, 0.0); second = vec3(0.0);"),
    binaryFunction("max", [](double a, double b, int) {
      return b > a ? BinaryPartials{b, 0, 1} : BinaryPartials{a, 1, 0};
    }, "max($a, $b)",
       "first = b > a ? vec3(b, 0.0, 1.0) : vec3(a, 1.0, 0.0); second = vec3(0.0);"),
    // a^b with b not constant (constant exponents become PowInt/PowConst in the tape).
    binaryFunction("pow", [](double a, double b, int order) {
      const double f = std::pow(a, b);
      if (!order) return BinaryPartials{f};
      const double l = std::log(a), p1 = std::pow(a, b - 1);
      return BinaryPartials{f, b * p1, f * l, b * (b - 1) * std::pow(a, b - 2), p1 * (1 + b * l), f * l * l};
    }, "pow($a, $b)",
       "float f = pow(a, b); float l = log(a); float p1 = pow(a, b - 1.0);"
       " first = vec3(f, b * p1, f * l);"
       " second = vec3(b * (b - 1.0) * pow(a, b - 2.0), p1 * (1.0 + b * l), f * l * l);"),
    // atan2(a, b) is GLSL's atan(a, b); ∂ = (b, −a)/r², r² = a² + b².
    binaryFunction("atan2", [](double a, double b, int) {
      const double r2 = a * a + b * b, q = 1 / (r2 * r2);
      return BinaryPartials{std::atan2(a, b), b / r2, -a / r2, -2 * a * b * q, (a * a - b * b) * q, 2 * a * b * q};
    }, "atan($a, $b)",
       "float r2 = a * a + b * b; first = vec3(atan(a, b), b / r2, -a / r2);"
       " second = vec3(-2.0 * a * b, a * a - b * b, 2.0 * a * b) / (r2 * r2);"),
};
// clang-format on

inline constexpr int kFunctionCount = int(sizeof kFunctions / sizeof kFunctions[0]);

/// Index of the function named `name` in kFunctions, or -1.
constexpr int functionIndex(std::string_view name) {
  for (int i = 0; i < kFunctionCount; ++i)
    if (name == kFunctions[i].name) return i;
  return -1;
}

/// The general power a^b, which `^` means (the tape rewrites constant exponents).
inline constexpr std::uint8_t kPowFunction = std::uint8_t(functionIndex("pow"));
static_assert(functionIndex("pow") >= 0 && kFunctionCount < 256, "function indices fit Instr::function");

}  // namespace lv::landscapes
