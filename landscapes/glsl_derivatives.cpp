// GLSL emission of a tape's exact derivatives: the tape run on forward-mode numbers (FormulaJet:
// value, gradient, Hessian), with the same chain rule and partials as the CPU (autodiff.h,
// functions.h), and Formula::glslDerivatives().
#include "landscapes/formula.h"
#include "landscapes/glsl_writer.h"
#include "landscapes/lv_assert.h"

#include <string>
#include <vector>

namespace lv::landscapes {
namespace {

// jetKeep: c·d, but 0 where d is 0 even if c is infinite (autodiff.h's convention; mix with a
// bvec selects, so the NaN of inf·0 does not leak). jetTerm: also 0 when c is 0 (min/max).
constexpr const char* kJetArithmetic = R"(struct FormulaJet {
  float v;  // value
  vec2 g;   // gradient
  vec3 h;   // Hessian (xx, xy, yy)
};
vec2 jetKeep(float c, vec2 d) { return mix(c * d, vec2(0.0), equal(d, vec2(0.0))); }
vec3 jetKeep(float c, vec3 d) { return mix(c * d, vec3(0.0), equal(d, vec3(0.0))); }
vec2 jetTerm(float c, vec2 d) { return c == 0.0 ? vec2(0.0) : jetKeep(c, d); }
vec3 jetTerm(float c, vec3 d) { return c == 0.0 ? vec3(0.0) : jetKeep(c, d); }
vec3 jetOuter(vec2 a) { return vec3(a.x * a.x, a.x * a.y, a.y * a.y); }
vec3 jetCross(vec2 a, vec2 b) { return vec3(2.0 * a.x * b.x, a.x * b.y + a.y * b.x, 2.0 * a.y * b.y); }
FormulaJet jetConst(float c) { return FormulaJet(c, vec2(0.0), vec3(0.0)); }
FormulaJet jetAdd(FormulaJet a, FormulaJet b) { return FormulaJet(a.v + b.v, a.g + b.g, a.h + b.h); }
FormulaJet jetSub(FormulaJet a, FormulaJet b) { return FormulaJet(a.v - b.v, a.g - b.g, a.h - b.h); }
FormulaJet jetNeg(FormulaJet a) { return FormulaJet(-a.v, -a.g, -a.h); }
FormulaJet jetMul(FormulaJet a, FormulaJet b) {
  return FormulaJet(a.v * b.v, a.g * b.v + a.v * b.g, a.h * b.v + a.v * b.h + jetCross(a.g, b.g));
}
// g(u) from d = (g, g', g''): ∂g = g'·∂u, ∂²g = g''·∂u∂uᵀ + g'·∂²u.
FormulaJet jetChain(FormulaJet u, vec3 d) {
  return FormulaJet(d.x, jetKeep(d.y, u.g), jetKeep(d.z, jetOuter(u.g)) + jetKeep(d.y, u.h));
}
// g(a, b) from first = (g, ∂a, ∂b) and second = (∂aa, ∂ab, ∂bb).
FormulaJet jetChain2(FormulaJet a, FormulaJet b, vec3 first, vec3 second) {
  return FormulaJet(first.x, jetTerm(first.y, a.g) + jetTerm(first.z, b.g),
                    jetTerm(second.x, jetOuter(a.g)) + jetTerm(second.y, jetCross(a.g, b.g)) +
                        jetTerm(second.z, jetOuter(b.g)) + jetTerm(first.y, a.h) + jetTerm(first.z, b.h));
}
FormulaJet jetDiv(FormulaJet a, FormulaJet b) {
  float r = 1.0 / b.v;
  FormulaJet q = jetMul(a, jetChain(b, vec3(r, -r * r, 2.0 * r * r * r)));
  q.v = a.v / b.v;
  return q;
}
)";

std::string partialsName(int function) { return std::string("lv_partials_") + kFunctions[function].name; }

// (a^n, n·a^(n−1), n(n−1)·a^(n−2)) as products, like the CPU's PowInt.
std::string integerPowerPartials(std::string& body, const std::string& a, int n, const std::string& name) {
  const std::string f = integerPower(body, a, n, name);
  const std::string d1 = n == 0 ? "0.0" : glslFloat(n) + " * " + integerPower(body, a, n - 1, name + "_d1");
  const std::string d2 =
      n * (n - 1) == 0 ? "0.0" : glslFloat(n * (n - 1)) + " * " + integerPower(body, a, n - 2, name + "_d2");
  return "vec3(" + f + ", " + d1 + ", " + d2 + ")";
}

std::string jetOperation(const Operation& op) {
  switch (op.in.op) {
    case Op::Add:
    case Op::Sub:
    case Op::Mul:
    case Op::Div: {
      const char* function = op.in.op == Op::Add   ? "jetAdd"
                             : op.in.op == Op::Sub ? "jetSub"
                             : op.in.op == Op::Mul ? "jetMul"
                                                   : "jetDiv";
      return function + ("(" + op.a + ", " + op.b + ")");
    }
    case Op::Neg:
      return "jetNeg(" + op.a + ")";
    case Op::PowInt:
      if (op.in.n == 2) return "jetMul(" + op.a + ", " + op.a + ")";  // as the CPU: the product rule
      return "jetChain(" + op.a + ", " + integerPowerPartials(op.statements, op.a + ".v", op.in.n, op.name) +
             ")";
    case Op::PowConst: {
      const double c = op.in.constant;
      const auto power = [&](double exponent) { return "pow(" + op.a + ".v, " + glslFloat(exponent) + ")"; };
      return "jetChain(" + op.a + ", vec3(" + power(c) + ", " + glslFloat(c) + " * " + power(c - 1) + ", " +
             glslFloat(c * (c - 1)) + " * " + power(c - 2) + "))";
    }
    case Op::Call1:
      return "jetChain(" + op.a + ", " + partialsName(op.in.function) + "(" + op.a + ".v))";
    default:  // Call2
      op.statements += "  vec3 " + op.name + "_first, " + op.name + "_second;\n  " +
                       partialsName(op.in.function) + "(" + op.a + ".v, " + op.b + ".v, " + op.name +
                       "_first, " + op.name + "_second);\n";
      return "jetChain2(" + op.a + ", " + op.b + ", " + op.name + "_first, " + op.name + "_second)";
  }
}

}  // namespace

GlslValue emitJets(const Tape& tape, const std::function<std::string(int)>& columnName) {
  return emitTape(tape, {"FormulaJet", [](const std::string& value) { return "jetConst(" + value + ")"; },
                         columnName, jetOperation});
}

std::string jetPrelude(const Tape& tape) {
  std::string prelude = std::string(kJetArithmetic) + functionHelpers(tape);
  for (const int function : calledFunctions(tape)) {
    const FunctionSpec& spec = kFunctions[function];
    prelude += spec.arity == 1 ? "vec3 " + partialsName(function) + "(float a) {\n  "
                               : "void " + partialsName(function) +
                                     "(float a, float b, out vec3 first, out vec3 second) {\n  ";
    prelude += std::string(spec.glslPartials) + "\n}\n";
  }
  return prelude;
}

std::string jetSeeds() {
  return "  FormulaJet x = FormulaJet(p.x, vec2(1.0, 0.0), vec3(0.0));\n"
         "  FormulaJet y = FormulaJet(p.y, vec2(0.0, 1.0), vec3(0.0));\n";
}

std::string jetAccessors() {
  return "vec3 f_grad(vec2 p) {\n  FormulaJet j = f_jet(p);\n  return vec3(j.v, j.g);\n}\n"
         "mat2 f_hess(vec2 p) {\n  FormulaJet j = f_jet(p);\n  return mat2(j.h.x, j.h.y, j.h.y, j.h.z);\n}\n";
}

std::string Formula::glslDerivatives() const {
  LV_ASSERT(tape_->columns.empty(), "a data formula's derivatives are FiniteSum::glslDerivatives()");
  const GlslValue jets = emitJets(*tape_, [](int n) { return "c" + std::to_string(n); });
  return jetPrelude(*tape_) + "FormulaJet f_jet(vec2 p) {\n" + jetSeeds() + jets.statements + "  return " +
         jets.result + ";\n}\n" + jetAccessors();
}

}  // namespace lv::landscapes
