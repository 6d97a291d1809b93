#!/usr/bin/env python3
"""Facts about an SVG figure, read with an XML parser (the file must parse as XML):
    texts N            <text> elements with non-empty content
    contours N         stroked paths 1.5 px wide (contour lines)
    trail R G B N      one line per stroked path 2.5 px wide with more than two points (a trail's
                       core; legend swatches have two), its stroke colour 0-255 and point count
    line R G B A W N   one line per stroked path of any other width but 1.5 with more than two
                       points: colour, stroke opacity, width, point count (ensemble members, means)
Usage: svg_facts.py FILE.svg"""
import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def style_of(element):
    style = dict(
        item.split(":", 1) for item in element.get("style", "").split(";") if ":" in item)
    for key in ("stroke", "stroke-width", "stroke-opacity"):
        if element.get(key) is not None:
            style[key] = element.get(key)
    return style


def colour(text):
    parts = re.findall(r"[-\d.]+%?", text)
    return [round(float(p[:-1]) * 2.55) if p.endswith("%") else int(float(p)) for p in parts[:3]]


def main():
    root = ET.parse(sys.argv[1]).getroot()
    texts = [t for t in root.iter(SVG + "text") if "".join(t.itertext()).strip()]
    contours = 0
    trails = []
    lines = []
    for path in root.iter(SVG + "path"):
        style = style_of(path)
        if style.get("stroke", "none") == "none":
            continue
        points = len(re.findall(r"[ML]", path.get("d", "")))
        width = float(style.get("stroke-width", "1"))
        if abs(width - 1.5) < 1e-6:
            contours += 1
        elif abs(width - 2.5) < 1e-6 and points > 2:
            trails.append((colour(style["stroke"]), points))
        elif points > 2:
            lines.append((colour(style["stroke"]), float(style.get("stroke-opacity", "1")), width, points))
    print("texts", len(texts))
    print("contours", contours)
    for (r, g, b), points in trails:
        print("trail", r, g, b, points)
    for (r, g, b), opacity, width, points in lines:
        print("line", r, g, b, opacity, width, points)


main()
