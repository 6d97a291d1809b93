// optim/nadam.h in GLSL. Params: lr, beta1, beta2, eps, weight_decay, momentum_decay, bias_correction.
// State: s0.xy m, s0.zw v, s1.x the product of the μ schedule (1 before step 1).
vec2 lv_update_nadam(vec2 p, vec2 grad, mat2 hessian, float t, inout vec4 s0, inout vec4 s1) {
  float lr = lv_param(0), beta1 = lv_param(1), beta2 = lv_param(2), psi = lv_param(5);
  bool corrected = lv_param(6) != 0.0;
  if (t == 1.0) s1.x = 1.0;
  float bc2 = lv_biasCorrection(beta2, t, corrected);
  float mu = beta1 * (1.0 - 0.5 * pow(0.96, t * psi));
  float muNext = beta1 * (1.0 - 0.5 * pow(0.96, (t + 1.0) * psi));
  s1.x *= mu;
  float muProductNext = s1.x * muNext;
  float gradScale = corrected ? -lr * (1.0 - mu) / (1.0 - s1.x) : -lr * (1.0 - mu);
  float momentumScale = corrected ? (-lr * muNext) / (1.0 - muProductNext) : -lr * muNext;
  vec2 g = lv_withL2(grad, lv_param(4), p);
  s0.xy = lv_ema(s0.xy, beta1, g);
  s0.zw = lv_emaOfSquare(s0.zw, beta2, g);
  vec2 denom = sqrt(s0.zw / bc2) + lv_param(3);
  return p + gradScale * g / denom + momentumScale * s0.xy / denom;
}
