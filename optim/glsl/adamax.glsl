// optim/adamax.h in GLSL. Params: lr, beta1, beta2, eps, weight_decay, bias_correction.
// State: s0.xy m, s0.zw the infinity norm u.
vec2 lv_update_adamax(vec2 p, vec2 grad, mat2 hessian, float t, inout vec4 s0, inout vec4 s1) {
  float beta1 = lv_param(1);
  float clr = lv_param(0) / lv_biasCorrection(beta1, t, lv_param(5) != 0.0);
  vec2 g = lv_withL2(grad, lv_param(4), p);
  s0.xy = lv_ema(s0.xy, beta1, g);
  s0.zw = max(s0.zw * lv_param(2), abs(g) + lv_param(3));
  return p + (-clr) * s0.xy / s0.zw;
}
