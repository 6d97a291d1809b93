// optim/adamw.h in GLSL (needs adam.glsl): decoupled decay of the point, then Adam's moments.
vec2 lv_update_adamw(vec2 p, vec2 grad, mat2 hessian, float t, inout vec4 s0, inout vec4 s1) {
  float decay = 1.0 - lv_param(0) * lv_param(4);
  return lv_adamMoments(p * decay, grad, t, s0, s1);
}
