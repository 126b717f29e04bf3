/**
 * The project circles of a dense map, drawn by a MapLibre custom layer. A circle layer over a
 * GeoJSON source re-tiles every tile in view in MapLibre's worker on each filter change and
 * redraws as each tile comes back (two to five frames with 100,000 projects, each frame costly
 * on a software renderer). Here the projects go to the GPU once; a filter change rewrites one
 * byte per project (shown or not) and the colours, and the next frame draws it; a pan draws one
 * frame and loads nothing. The circles are drawn as MapLibre draws circles (same radius, blur,
 * stroke and antialiasing; the values from project-look.ts), so the look does not change.
 *
 * Exports do not copy a custom layer: the snapshot draws the same projects with the circle
 * layer (see ProjectLayers.svelte). MapLibre cannot query it either: the pointer finds projects
 * with `near` instead.
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, Point } from 'geojson';
import type { ProjectProperties } from './geojson';
import {
	mercator,
	shownSlotsIn,
	STROKE_UNIT,
	shownSlots,
	slotColours,
	slotsNear,
	type PointData,
	type ProjectFeature
} from './point-data';

// One vertex per project, drawn as a point sprite: instanced quads cost a draw per project on
// software renderers. What is the same over a circle is worked out here, once per project.
const VERTEX = `#version 300 es
in vec2 a_position;
in float a_radius;
in vec4 a_look;
in vec4 a_colour;
in float a_shown;
uniform mat4 u_matrix;
uniform float u_ratio;
flat out vec4 v_fill;
flat out vec4 v_stroke;
flat out vec3 v_edges;
void main() {
	// Filtered out: off the clip space.
	if (a_shown < 0.5) {
		gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
		gl_PointSize = 0.0;
		return;
	}
	float stroke = a_look.z * ${STROKE_UNIT.toFixed(1)};
	float outer = a_radius + stroke;
	gl_Position = u_matrix * vec4(a_position, 0.0, 1.0);
	gl_PointSize = 2.0 * outer * u_ratio;
	// Premultiplied fill; the stroke is white on a filled circle, the fill's colour on a hollow one.
	v_fill = a_colour * a_look.x;
	v_stroke = (a_look.x > 0.0 ? vec4(1.0) : a_colour) * a_look.w;
	// 1 / the edges' width (blur or 1 px of antialiasing), the stroke's inner edge, has a stroke.
	float blur = max(a_look.y, 1.0 / u_ratio / outer);
	v_edges = vec3(1.0 / blur, a_radius / outer, stroke < 0.01 ? 0.0 : 1.0);
}`;

// MapLibre's circle fragment shader (smoothstep edges of the blur's width, the stroke mixed in
// at the inner edge), with the divisions and choices moved to the vertex shader: a software
// renderer runs every instruction here for every pixel of every sprite.
const FRAGMENT = `#version 300 es
precision mediump float;
flat in vec4 v_fill;
flat in vec4 v_stroke;
flat in vec3 v_edges;
out vec4 fragColor;
float ease(float t) { return t * t * (3.0 - 2.0 * t); }
void main() {
	vec2 extrude = gl_PointCoord * 2.0 - 1.0;
	float d2 = dot(extrude, extrude);
	// The sprite's corners lie outside the circle.
	if (d2 > 1.0) discard;
	float d = sqrt(d2);
	float opacity_t = ease(clamp((1.0 - d) * v_edges.x, 0.0, 1.0));
	float color_t = v_edges.z * ease(clamp((d - v_edges.y) * v_edges.x + 1.0, 0.0, 1.0));
	fragColor = opacity_t * mix(v_fill, v_stroke, color_t);
}`;

interface Gpu {
	program: WebGLProgram;
	vao: WebGLVertexArrayObject;
	buffers: WebGLBuffer[];
	colour: WebGLBuffer;
	shown: WebGLBuffer;
	/** The slots a frame draws (shownSlotsIn), as element indices. */
	elements: WebGLBuffer;
	uniforms: { matrix: WebGLUniformLocation | null; ratio: WebGLUniformLocation | null };
}

export interface PointLayer {
	layer: ListingLayer;
	/** The projects (replacing any before), with the filter's colours and which items are shown. */
	setPoints(points: PointData, colours: Readonly<Record<string, string>>, shown: Uint8Array): void;
	/** Which items are shown (by item index), as the filters say. */
	setShown(shown: Uint8Array): void;
	/** The chosen sectors' colours (filterColours). */
	setColours(colours: Readonly<Record<string, string>>): void;
	/** Shown projects near a point of the canvas (CSS px), each with where it is drawn. */
	near(
		point: { x: number; y: number },
		tolerance: number
	): { feature: ProjectFeature; at: { x: number; y: number } }[];
}

/** The custom layer, which also lists what it draws (MapLibre cannot query it). */
type ListingLayer = CustomLayerInterface & { minzoom: number; drawn(): ProjectFeature[] };

function compile(gl: WebGL2RenderingContext): WebGLProgram {
	const program = gl.createProgram()!;
	for (const [type, source] of [
		[gl.VERTEX_SHADER, VERTEX],
		[gl.FRAGMENT_SHADER, FRAGMENT]
	] as const) {
		const shader = gl.createShader(type)!;
		gl.shaderSource(shader, source);
		gl.compileShader(shader);
		if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS))
			throw new Error(`Point layer shader: ${gl.getShaderInfoLog(shader)}`);
		gl.attachShader(program, shader);
	}
	gl.linkProgram(program);
	if (!gl.getProgramParameter(program, gl.LINK_STATUS))
		throw new Error(`Point layer program: ${gl.getProgramInfoLog(program)}`);
	return program;
}

/** A buffer bound to an attribute (one value per project). */
function attribute(
	gl: WebGL2RenderingContext,
	program: WebGLProgram,
	name: string,
	size: number,
	type: number,
	normalized = false
): WebGLBuffer {
	const buffer = gl.createBuffer()!;
	const location = gl.getAttribLocation(program, name);
	gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
	gl.enableVertexAttribArray(location);
	gl.vertexAttribPointer(location, size, type, normalized, 0, 0);
	return buffer;
}

function setUp(gl: WebGL2RenderingContext): Gpu {
	const program = compile(gl);
	const vao = gl.createVertexArray()!;
	gl.bindVertexArray(vao);
	const position = attribute(gl, program, 'a_position', 2, gl.FLOAT);
	const radius = attribute(gl, program, 'a_radius', 1, gl.FLOAT);
	const look = attribute(gl, program, 'a_look', 4, gl.UNSIGNED_BYTE, true);
	const colour = attribute(gl, program, 'a_colour', 4, gl.UNSIGNED_BYTE, true);
	const shown = attribute(gl, program, 'a_shown', 1, gl.UNSIGNED_BYTE);
	const elements = gl.createBuffer()!;
	gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, elements);
	gl.bindVertexArray(null);
	const uniforms = {
		matrix: gl.getUniformLocation(program, 'u_matrix'),
		ratio: gl.getUniformLocation(program, 'u_ratio')
	};
	const buffers = [position, radius, look, colour, shown, elements];
	return { program, vao, buffers, colour, shown, elements, uniforms };
}

function upload(gl: WebGL2RenderingContext, buffer: WebGLBuffer, data: ArrayBufferView) {
	gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
	gl.bufferData(gl.ARRAY_BUFFER, data, gl.DYNAMIC_DRAW);
}

/** What the layer draws: set by the page, uploaded by the layer at its next draw. */
interface Drawn {
	map: MapLibreMap | null;
	points: PointData | null;
	colours: Uint8Array<ArrayBuffer>;
	shown: Uint8Array<ArrayBuffer>;
	/** What changed since the last upload. */
	stale: { points: boolean; colours: boolean; shown: boolean };
	/** The view the element indices were chosen for ('' to choose again), and their count. */
	drawnFor: string;
	drawnCount: number;
}

function flush(gl: WebGL2RenderingContext, gpu: Gpu, d: Drawn, points: PointData) {
	if (d.stale.points) {
		const [position, radius, look] = gpu.buffers;
		upload(gl, position, points.position);
		upload(gl, radius, points.radius);
		upload(gl, look, points.look);
	}
	if (d.stale.points || d.stale.colours) upload(gl, gpu.colour, d.colours);
	if (d.stale.points || d.stale.shown) {
		upload(gl, gpu.shown, d.shown);
		d.drawnFor = '';
	}
	d.stale.points = d.stale.colours = d.stale.shown = false;
}

/**
 * The Web Mercator box of the view, widened by the largest circle: the projects a frame may draw.
 * The whole world when the view wraps around it.
 */
function viewBox(map: MapLibreMap, reach: number): [number, number, number, number] {
	const bounds = map.getBounds();
	if (bounds.getWest() < -180 || bounds.getEast() > 180) return [-1, -1, 2, 2];
	const [west, north] = mercator(bounds.getWest(), bounds.getNorth());
	const [east, south] = mercator(bounds.getEast(), bounds.getSouth());
	const pad = reach / (512 * 2 ** map.getZoom());
	return [west - pad, north - pad, east + pad, south + pad];
}

/** Chooses the element indices for the view, when it or the shown slots changed; their count. */
function chooseDrawn(
	gl: WebGL2RenderingContext,
	gpu: Gpu,
	d: Drawn,
	points: PointData,
	map: MapLibreMap,
	reach: number
): number {
	const box = viewBox(map, reach);
	const key = box.join();
	if (key === d.drawnFor) return d.drawnCount;
	const slots = shownSlotsIn(points, d.shown, box);
	gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, gpu.elements);
	gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, slots, gl.DYNAMIC_DRAW);
	d.drawnFor = key;
	d.drawnCount = slots.length;
	return slots.length;
}

/** The MapLibre side: GL resources from onAdd to onRemove (again after a lost context). */
function customLayer(id: string, minzoom: number, maxRadius: number, d: Drawn): ListingLayer {
	let gpu: Gpu | null = null;
	return {
		id,
		type: 'custom',
		renderingMode: '2d',
		minzoom,
		onAdd(map) {
			d.map = map;
			// Added again after a lost context: what the GPU held is gone.
			gpu = null;
		},
		onRemove(_map, context) {
			const gl = context as WebGL2RenderingContext;
			if (gpu) {
				for (const b of gpu.buffers) gl.deleteBuffer(b);
				gl.deleteVertexArray(gpu.vao);
				gl.deleteProgram(gpu.program);
			}
			gpu = null;
			d.map = null;
		},
		/** Shown projects whose centre lies in the canvas, if the map's zoom draws them. */
		drawn() {
			if (!d.map) return [];
			const canvas = d.map.getCanvas();
			const box = { x: canvas.clientWidth / 2, y: canvas.clientHeight / 2 };
			return shownWithin(d, minzoom, box, Math.hypot(box.x, box.y))
				.filter(({ at }) => at.x >= 0 && at.y >= 0 && at.x <= box.x * 2 && at.y <= box.y * 2)
				.map(({ feature }) => feature);
		},
		render(context, options: CustomRenderMethodInput) {
			const gl = context as WebGL2RenderingContext;
			// MapLibre keeps the zoom range of style layers only: a custom layer keeps its own.
			const map = d.map;
			if (!map || !d.points || d.points.count === 0 || map.getZoom() < minzoom) return;
			// Compiled at the first draw, not when the layer is added: linking waits for the
			// compiler, and a dense map's first view (far out) draws no projects.
			if (!gpu) {
				gpu = setUp(gl);
				d.stale.points = true;
				d.drawnFor = '';
			}
			flush(gl, gpu, d, d.points);
			gl.useProgram(gpu.program);
			gl.uniformMatrix4fv(
				gpu.uniforms.matrix,
				false,
				new Float32Array(options.defaultProjectionData.mainMatrix)
			);
			gl.uniform1f(gpu.uniforms.ratio, map.getPixelRatio());
			gl.bindVertexArray(gpu.vao);
			const count = chooseDrawn(gl, gpu, d, d.points, map, maxRadius + STROKE_UNIT + 2);
			gl.drawElements(gl.POINTS, count, gl.UNSIGNED_INT, 0);
			gl.bindVertexArray(null);
		}
	};
}

/** Shown projects within `reach` CSS px of a canvas point, with where each is drawn. */
function shownWithin(d: Drawn, minzoom: number, point: { x: number; y: number }, reach: number) {
	const { map, points, shown } = d;
	if (!map || !points || map.getZoom() < minzoom) return [];
	const centre = map.unproject([point.x, point.y]);
	const edge = map.unproject([point.x + reach, point.y]);
	const [x, y] = mercator(centre.lng, centre.lat);
	const r = Math.abs(mercator(edge.lng, edge.lat)[0] - x);
	const out = [];
	for (const k of slotsNear(points, x, y, r)) {
		if (shown[k] !== 1) continue;
		const feature = points.features[k];
		out.push({ feature, at: map.project(feature.geometry.coordinates as [number, number]) });
	}
	return out;
}

/**
 * The point layer. Its data lives on the page until the map adds the layer (and again after the
 * GL context is restored); uploads happen at the next draw.
 */
export function createPointLayer(id: string, minzoom: number, maxRadius: number): PointLayer {
	const d: Drawn = {
		map: null,
		points: null,
		colours: new Uint8Array(0),
		shown: new Uint8Array(0),
		stale: { points: false, colours: false, shown: false },
		drawnFor: '',
		drawnCount: 0
	};
	// Far out the layer draws nothing: a change there needs no frame.
	const repaint = () => {
		if (d.map && d.map.getZoom() >= minzoom) d.map.triggerRepaint();
	};
	let lastShown: Uint8Array = new Uint8Array(0);
	return {
		layer: customLayer(id, minzoom, maxRadius, d),
		setPoints(points, chosen, shownItems) {
			d.points = points;
			d.colours = slotColours(points, chosen);
			lastShown = shownItems;
			d.shown = shownSlots(points, shownItems);
			d.stale.points = true;
			repaint();
		},
		setShown(shownItems) {
			if (!d.points || shownItems === lastShown) return;
			lastShown = shownItems;
			d.shown = shownSlots(d.points, shownItems, d.shown);
			d.stale.shown = true;
			repaint();
		},
		setColours(chosen) {
			if (!d.points) return;
			d.colours = slotColours(d.points, chosen);
			d.stale.colours = true;
			repaint();
		},
		near(point, tolerance) {
			return shownWithin(d, minzoom, point, tolerance + maxRadius + 2).filter(
				({ feature, at }) => Math.hypot(at.x - point.x, at.y - point.y) - feature.properties.r <= tolerance
			);
		}
	};
}

/**
 * The projects a layer draws in view, with their properties: listed by a dense map's point layer,
 * queried from a circle layer (those its feature-state hides left out).
 */
export function drawnProjects(map: MapLibreMap, id: string): Feature<Point, ProjectProperties>[] {
	const layer = map.getLayer(id) as unknown as { implementation?: Partial<ListingLayer> } | undefined;
	if (layer?.implementation?.drawn) return layer.implementation.drawn();
	return map
		.queryRenderedFeatures({ layers: [id] })
		.filter((f) => f.state.shown !== false)
		.map((f) => ({
			type: 'Feature',
			id: f.id,
			geometry: f.geometry as Point,
			properties: f.properties as ProjectProperties
		}));
}
