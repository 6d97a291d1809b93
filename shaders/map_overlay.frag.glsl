// A convergence map laid over the surface in world coordinates (map_overlay_pass.h): each fragment
// takes the map pixel under its world point, at the overlay's opacity; outside the map, nothing.
uniform sampler2D t_map;
uniform vec4 u_mapRect;  // world xmin, ymin, xmax, ymax of the map's outer pixel edges
uniform float u_opacity;

out vec4 o_color;

void main() {
  vec2 uv = (worldAtFragment() - u_mapRect.xy) / (u_mapRect.zw - u_mapRect.xy);
  if (any(lessThan(uv, vec2(0.0))) || any(greaterThanEqual(uv, vec2(1.0)))) discard;
  // The map's row 0 is its top (largest y) and was uploaded first, at t = 0.
  o_color = vec4(texture(t_map, vec2(uv.x, 1.0 - uv.y)).rgb, u_opacity);
}
