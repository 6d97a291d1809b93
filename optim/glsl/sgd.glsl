// optim/sgd.h in GLSL. Params: lr, momentum, dampening, nesterov, weight_decay.
// State: s0.xy momentum buffer, s0.z = 1 once the buffer exists (torch starts it at the first gradient).
vec2 lv_update_sgd(vec2 p, vec2 grad, mat2 hessian, float t, inout vec4 s0, inout vec4 s1) {
  float lr = lv_param(0), momentum = lv_param(1), dampening = lv_param(2);
  vec2 g = lv_withL2(grad, lv_param(4), p);
  if (momentum != 0.0) {
    s0.xy = s0.z == 0.0 ? g : s0.xy * momentum + (1.0 - dampening) * g;
    s0.z = 1.0;
    g = lv_param(3) != 0.0 ? g + momentum * s0.xy : s0.xy;
  }
  return p + (-lr) * g;
}
