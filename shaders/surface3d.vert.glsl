// The 3D surface's height field (app/render/surface3d.h): vertex k of a (u_gridSize + 1)² grid over
// the world rectangle, raised to its colour-scale position as sim::HeightField does. Spliced after
// the landscape's `float f(vec2 p)` and colormap_shading.glsl.
uniform mat4 u_viewProjection;
uniform vec2 u_worldMin;       // the view rectangle's corners
uniform vec2 u_worldMax;
uniform int u_gridSize;        // cells per side
uniform vec2 u_worldCentre;
uniform float u_modelPerWorld;
uniform float u_heightScale;

out vec2 v_world;

void main() {
  int n = u_gridSize + 1;
  vec2 cell = vec2(float(gl_VertexID % n), float(gl_VertexID / n)) / float(u_gridSize);
  vec2 p = mix(u_worldMin, u_worldMax, cell);
  float t = scaled(f(p));
  float z = (isnan(t) || isinf(t)) ? 0.0 : clamp(t, 0.0, 1.0);
  v_world = p;
  gl_Position = u_viewProjection * vec4((p - u_worldCentre) * u_modelPerWorld, u_heightScale * (z - 0.5), 1.0);
}
