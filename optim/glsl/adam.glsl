// optim/adam.h in GLSL. Params: lr, beta1, beta2, eps, weight_decay, amsgrad, bias_correction
// (AdamW shares them). State: s0.xy m, s0.zw v, s1.xy running maximum of v.
vec2 lv_adamMoments(vec2 p, vec2 g, float t, inout vec4 s0, inout vec4 s1) {
  float beta1 = lv_param(1), beta2 = lv_param(2);
  bool corrected = lv_param(6) != 0.0;
  float stepSize = lv_param(0) / lv_biasCorrection(beta1, t, corrected);
  float bc2Sqrt = sqrt(lv_biasCorrection(beta2, t, corrected));
  s0.xy = lv_ema(s0.xy, beta1, g);
  s0.zw = lv_emaOfSquare(s0.zw, beta2, g);
  s1.xy = max(s1.xy, s0.zw);
  vec2 denom = sqrt(lv_param(5) != 0.0 ? s1.xy : s0.zw) / bc2Sqrt + lv_param(3);
  return p + (-stepSize) * s0.xy / denom;
}

vec2 lv_update_adam(vec2 p, vec2 grad, mat2 hessian, float t, inout vec4 s0, inout vec4 s1) {
  return lv_adamMoments(p, lv_withL2(grad, lv_param(4), p), t, s0, s1);
}
