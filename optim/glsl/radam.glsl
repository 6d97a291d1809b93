// optim/radam.h in GLSL. Params: lr, beta1, beta2, eps, weight_decay, bias_correction.
// State: s0.xy m, s0.zw v.
// ρₜ = ρ∞ − 2tβ2ᵗ/(1−β2ᵗ) is a difference of two numbers near 2/(1−β2) ≈ 2000 that leaves ≈ t: in
// float, as written, it is off by ~1 and flips the ρₜ > 5 test. It is computed here as
// ρₜ = 2N/((1−β2)(1−β2ᵗ)) − 1 with N = 1 − β2ᵗ(1 + t(1−β2)) = −expm1(t·log1p(−a) + log1p(t·a)),
// a = 1 − β2, using short series where the arguments are small (GLSL has no log1p/expm1).
float radamLog1p(float x) {
  return abs(x) < 1e-2 ? x * (1.0 - x * (0.5 - x * (1.0 / 3.0 - x * 0.25))) : log(1.0 + x);
}
float radamExpm1(float x) {
  return abs(x) < 1e-2 ? x * (1.0 + x * (0.5 + x * (1.0 / 6.0 + x / 24.0))) : exp(x) - 1.0;
}

vec2 lv_update_radam(vec2 p, vec2 grad, mat2 hessian, float t, inout vec4 s0, inout vec4 s1) {
  float lr = lv_param(0), beta1 = lv_param(1), beta2 = lv_param(2);
  bool corrected = lv_param(5) != 0.0;
  float a = 1.0 - beta2;
  float logPower = t * radamLog1p(-a);  // log β2ᵗ
  float smaCorrection = beta2 <= 0.0 ? 1.0 : -radamExpm1(logPower);
  float bc1 = lv_biasCorrection(beta1, t, corrected);
  float bc2 = corrected ? smaCorrection : 1.0;
  float rhoInf = 2.0 / a - 1.0;
  float n = beta2 <= 0.0 ? 1.0 : -radamExpm1(logPower + radamLog1p(t * a));
  float rhoT = 2.0 * n / (a * smaCorrection) - 1.0;
  bool rectify = rhoT > 5.0;
  float rect =
      rectify ? sqrt((rhoT - 4.0) * (rhoT - 2.0) * rhoInf / ((rhoInf - 4.0) * (rhoInf - 2.0) * rhoT)) : 1.0;
  vec2 g = lv_withL2(grad, lv_param(4), p);
  s0.xy = lv_ema(s0.xy, beta1, g);
  s0.zw = lv_emaOfSquare(s0.zw, beta2, g);
  vec2 mHat = s0.xy / bc1;
  if (rectify) return p - mHat * lr * (sqrt(bc2) / (sqrt(s0.zw) + lv_param(3))) * rect;
  return p - mHat * lr;
}
