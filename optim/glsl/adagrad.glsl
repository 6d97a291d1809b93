// optim/adagrad.h in GLSL. Params: lr, lr_decay, weight_decay, initial_accumulator_value, eps.
// State: s0.xy the sum of squared gradients.
vec2 lv_update_adagrad(vec2 p, vec2 grad, mat2 hessian, float t, inout vec4 s0, inout vec4 s1) {
  if (t == 1.0) s0.xy = vec2(lv_param(3));
  float clr = lv_param(0) / (1.0 + (t - 1.0) * lv_param(1));
  vec2 g = lv_withL2(grad, lv_param(2), p);
  s0.xy = s0.xy + g * g;
  return p + (-clr) * g / (sqrt(s0.xy) + lv_param(4));
}
