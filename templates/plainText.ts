// Tenant messages and conversation messages are rendered with handlebars, which HTML-escapes
// what they interpolate (tenant text included). Chat clients decode those entities when they
// render markdown; anything that shows the words elsewhere (a letter, the staff console) turns
// them back into plain text first, so they are escaped exactly once there, never twice.
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#x60;': '`', '&#x3D;': '=' };

export function plainText(rendered: string): string {
  return rendered.replace(/&(?:amp|lt|gt|quot|#x27|#x60|#x3D);/g, (entity) => ENTITIES[entity]);
}
