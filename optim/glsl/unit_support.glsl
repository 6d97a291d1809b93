// GLSL twins of optim/unit_support.h for the GPU convergence maps, in float. Each unit's GLSL file
// defines `vec2 lv_update_NAME(vec2 p, vec2 grad, mat2 hessian, float t, inout vec4 s0, inout vec4 s1)`:
// one update at step t (1-based) with the unit's state packed in s0, s1 (zero before step 1). The
// host defines `float lv_param(int i)`: hyperparameter i in the unit's visitParams order.
float lv_param(int i);  // defined by the host shader

vec2 lv_withL2(vec2 grad, float weightDecay, vec2 p) {
  return weightDecay != 0.0 ? grad + weightDecay * p : grad;
}
vec2 lv_ema(vec2 average, float beta, vec2 x) { return average * beta + (1.0 - beta) * x; }
vec2 lv_emaOfSquare(vec2 average, float beta, vec2 g) { return average * beta + (1.0 - beta) * g * g; }
// βᵗ; pow(0, t) is undefined in GLSL.
float lv_power(float beta, float t) { return beta <= 0.0 ? 0.0 : pow(beta, t); }
// BiasCorrection: 1 − βᵗ, or exactly 1 when disabled.
float lv_biasCorrection(float beta, float t, bool enabled) { return enabled ? 1.0 - lv_power(beta, t) : 1.0; }
