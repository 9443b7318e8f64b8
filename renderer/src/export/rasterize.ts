import { currentTranslator } from '../i18n/locale';

/**
 * SVG text -> PNG bytes in the browser: the SVG is loaded as an image from a blob: URL (allowed by the
 * CSP) and drawn onto a canvas at the pixel density; Chromium rasterizes the vector image at the drawn
 * size, so 4x is sharp, not an upscaled 1x.
 */
export async function rasterizeSvg(
  svg: string,
  widthPx: number,
  heightPx: number,
  density: number,
): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(widthPx * density);
    canvas.height = Math.round(heightPx * density);
    const context = canvas.getContext('2d');
    if (!context) throw new Error(currentTranslator().t('run.noCanvas'));
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(currentTranslator().t('run.imageTooLarge'));
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
