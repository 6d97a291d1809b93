// optim/adadelta.h in GLSL. Params: lr, rho, eps, weight_decay.
// State: s0.xy square average of g, s0.zw accumulated squared steps.
vec2 lv_update_adadelta(vec2 p, vec2 grad, mat2 hessian, float t, inout vec4 s0, inout vec4 s1) {
  float rho = lv_param(1), eps = lv_param(2);
  vec2 g = lv_withL2(grad, lv_param(3), p);
  s0.xy = lv_emaOfSquare(s0.xy, rho, g);
  vec2 delta = sqrt(s0.zw + eps) / sqrt(s0.xy + eps) * g;
  s0.zw = lv_emaOfSquare(s0.zw, rho, delta);
  return p + (-lv_param(0)) * delta;
}
