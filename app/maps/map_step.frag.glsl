// One pass of a GPU convergence map: each fragment is one pixel's optimizer, advanced up to
// u_stepCount updates with the same rules as the CPU reference (app/maps/convergence_map.h):
// diverged at the first step whose point, loss or gradient is not finite (then frozen); converged
// at the first step with |∇f| or the step length below u_tolerance. Spliced after the landscape's
// derivatives (f_jet), optim/glsl/unit_support.glsl, the unit's GLSL and `#define LV_UPDATE name`;
// `#define LV_SCHEDULE` when the run's lr schedule applies (app/maps/map_schedule.h: its table);
// `#define LV_CHECK_START` when the first pass checks the starts (app/maps/map_inputs.h). A pass may
// cover only a band of rows (the viewport): gl_FragCoord addresses the whole textures.
uniform sampler2D t_point;    // xy point; z converged step, w diverged step (−1: not yet)
uniform sampler2D t_state0;   // the unit's state s0
uniform sampler2D t_state1;   // the unit's state s1
uniform sampler2D t_loss;     // x: f at the point
uniform sampler2D t_xValues;  // width×1: the x-axis hyperparameter of each column (hyper mode)
uniform sampler2D t_yValues;  // height×1: the y-axis hyperparameter of each row
uniform float u_params[16];   // the optimizer's hyperparameters in visitParams order
uniform int u_xParam;         // index swept along x, −1 in basin mode
uniform int u_yParam;
uniform float u_firstStep;    // step number t of this pass's first update (1-based)
uniform int u_stepCount;
uniform float u_tolerance;

layout(location = 0) out vec4 o_point;
layout(location = 1) out vec4 o_state0;
layout(location = 2) out vec4 o_state1;
layout(location = 3) out vec4 o_loss;

float g_xValue = 0.0, g_yValue = 0.0;

// The hyperparameter as set: the swept value in this pixel's column/row, else the uniform.
float mapBaseParam(int i) { return i == u_xParam ? g_xValue : (i == u_yParam ? g_yValue : u_params[i]); }

#ifdef LV_SCHEDULE
uniform sampler2D t_schedule;  // update k at texel (k % width, k / width): lr offset, lr scale, momentum, flags
uniform int u_lrParam, u_momentumParam, u_beta1Param;  // −1: the unit has none
float g_lr = 0.0, g_momentum = 0.0;
bool g_setMomentum = false, g_setBeta1 = false;

// The schedule's overrides for update t (1-based), as optim::Schedule::next gives them.
void mapScheduleStep(float t, float baseLr) {
  int k = int(t) - 1, width = textureSize(t_schedule, 0).x;
  vec4 s = texelFetch(t_schedule, ivec2(k % width, k / width), 0);
  g_lr = s.x + s.y * baseLr;
  g_momentum = s.z;
  g_setMomentum = s.w >= 1.0;
  g_setBeta1 = s.w >= 2.0;
}

float lv_param(int i) {
  if (i == u_lrParam) return g_lr;
  if ((g_setMomentum && i == u_momentumParam) || (g_setBeta1 && i == u_beta1Param)) return g_momentum;
  return mapBaseParam(i);
}
#else
float lv_param(int i) { return mapBaseParam(i); }
#endif

bool mapFinite(float x) { return !isnan(x) && !isinf(x); }
bool mapFinite(vec2 v) { return mapFinite(v.x) && mapFinite(v.y); }
mat2 mapHessian(FormulaJet j) { return mat2(j.h.x, j.h.y, j.h.y, j.h.z); }

void main() {
  ivec2 pixel = ivec2(gl_FragCoord.xy);
  vec4 point = texelFetch(t_point, pixel, 0);
  vec4 s0 = texelFetch(t_state0, pixel, 0);
  vec4 s1 = texelFetch(t_state1, pixel, 0);
  float loss = texelFetch(t_loss, pixel, 0).x;
  if (u_xParam >= 0) g_xValue = texelFetch(t_xValues, ivec2(pixel.x, 0), 0).x;
  if (u_yParam >= 0) g_yValue = texelFetch(t_yValues, ivec2(pixel.y, 0), 0).x;
  if (point.w < 0.0) {
    vec2 p = point.xy;
    FormulaJet here = f_jet(p);
    int stepCount = u_stepCount;
#ifdef LV_CHECK_START
    // Diverged at step 0 when f or ∇f is not finite at the start, as the CPU engine decides.
    if (u_firstStep == 1.0 && !(mapFinite(here.v) && mapFinite(here.g))) {
      point.w = 0.0;
      stepCount = 0;
      here.v = 0.0;
    }
#endif
#ifdef LV_SCHEDULE
    float baseLr = mapBaseParam(u_lrParam);
#endif
    for (int i = 0; i < stepCount; ++i) {
      float t = u_firstStep + float(i);
#ifdef LV_SCHEDULE
      mapScheduleStep(t, baseLr);
#endif
      vec2 next = LV_UPDATE(p, here.g, mapHessian(here), t, s0, s1);
      FormulaJet there = f_jet(next);
      if (!mapFinite(next) || !mapFinite(there.v) || !mapFinite(there.g)) {
        point.w = t;
        break;
      }
      if (point.z < 0.0 && (length(there.g) < u_tolerance || length(next - p) < u_tolerance)) point.z = t;
      p = next;
      here = there;
    }
    point.xy = p;
    loss = here.v;
  }
  o_point = point;
  o_state0 = s0;
  o_state1 = s1;
  o_loss = vec4(loss, 0.0, 0.0, 0.0);
}
