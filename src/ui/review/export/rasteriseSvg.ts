/** Browsers refuse canvases past about 16k pixels a side or 268M pixels in all. */
const MAX_SIDE = 16_000;
const MAX_PIXELS = 120_000_000;

/**
 * The scale a picture is drawn at: twice its size (crisp on a projector or a high-density
 * screen), less when that would exceed what a browser canvas can hold.
 */
export function pngScale(width: number, height: number): number {
  return Math.min(2, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
}

/**
 * Draws an SVG document onto a canvas and encodes it as PNG. The image is read from a data:
 * URL: the server's Content Security Policy allows images from `'self' data:` only, and a
 * blob: URL would be refused ("The source image cannot be decoded").
 */
export async function rasteriseSvg(svg: string, width: number, height: number): Promise<Blob> {
  const scale = pngScale(width, height);
  const image = new Image();
  image.decoding = "async";
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  try {
    await image.decode();
  } catch {
    throw new Error(
      "The browser could not draw the tree as a picture; the SVG export still works.",
    );
  }
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot draw the picture (no 2D canvas).");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error("The picture could not be encoded as PNG.")),
      "image/png",
    ),
  );
}
