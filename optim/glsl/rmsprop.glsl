// optim/rmsprop.h in GLSL. Params: lr, alpha, eps, weight_decay, momentum, centered.
// State: s0.xy square average, s0.zw gradient average (centered), s1.xy momentum buffer.
vec2 lv_update_rmsprop(vec2 p, vec2 grad, mat2 hessian, float t, inout vec4 s0, inout vec4 s1) {
  float lr = lv_param(0), alpha = lv_param(1), eps = lv_param(2), momentum = lv_param(4);
  vec2 g = lv_withL2(grad, lv_param(3), p);
  s0.xy = lv_emaOfSquare(s0.xy, alpha, g);
  vec2 avg;
  if (lv_param(5) != 0.0) {
    s0.zw = lv_ema(s0.zw, alpha, g);
    avg = sqrt(s0.xy - s0.zw * s0.zw) + eps;
  } else {
    avg = sqrt(s0.xy) + eps;
  }
  if (momentum > 0.0) {
    s1.xy = s1.xy * momentum + g / avg;
    return p + (-lr) * s1.xy;
  }
  return p + (-lr) * g / avg;
}
