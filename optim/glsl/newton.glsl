// optim/newton.h/.cpp in GLSL. Params: lr, damping. No state. The saddle-free damped Newton
// direction Σ qᵢ (qᵢ·g) / (|λᵢ| + δ) over the eigenpairs of the symmetrised Hessian, in closed form
// for 2×2 (the CPU uses Eigen's computeDirect); the gradient itself where anything is not finite.
bool lv_finite(float x) { return !isnan(x) && !isinf(x); }
bool lv_finite(vec2 v) { return lv_finite(v.x) && lv_finite(v.y); }

vec2 lv_newtonDirection(float damping, vec2 g, mat2 h) {
  if (!lv_finite(g) || !lv_finite(h[0]) || !lv_finite(h[1])) return g;
  float a = h[0][0], b = 0.5 * (h[0][1] + h[1][0]), c = h[1][1];
  float mean = 0.5 * (a + c);
  float radius = length(vec2(0.5 * (a - c), b));
  float lambda1 = mean - radius, lambda2 = mean + radius;
  // Eigenvector of lambda1 from whichever row of (H − λ1·I) is larger, for stability.
  vec2 fromRow1 = vec2(b, lambda1 - a), fromRow2 = vec2(lambda1 - c, b);
  vec2 q1 = dot(fromRow1, fromRow1) >= dot(fromRow2, fromRow2) ? fromRow1 : fromRow2;
  q1 = dot(q1, q1) > 0.0 ? normalize(q1) : vec2(1.0, 0.0);
  vec2 q2 = vec2(-q1.y, q1.x);
  vec2 d = q1 * (dot(q1, g) / (abs(lambda1) + damping)) + q2 * (dot(q2, g) / (abs(lambda2) + damping));
  return lv_finite(d) ? d : g;
}

vec2 lv_update_newton(vec2 p, vec2 grad, mat2 hessian, float t, inout vec4 s0, inout vec4 s1) {
  return p - lv_param(0) * lv_newtonDirection(lv_param(1), grad, hessian);
}
