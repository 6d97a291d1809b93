// optim/lion.h in GLSL. Params: lr, beta1, beta2, weight_decay. State: s0.xy momentum m.
vec2 lv_update_lion(vec2 p, vec2 grad, mat2 hessian, float t, inout vec4 s0, inout vec4 s1) {
  float lr = lv_param(0);
  vec2 c = lv_ema(s0.xy, lv_param(1), grad);
  vec2 next = p * (1.0 - lr * lv_param(3)) + (-lr) * sign(c);  // GLSL sign(0) = 0, as torch.sign
  s0.xy = lv_ema(s0.xy, lv_param(2), grad);
  return next;
}
