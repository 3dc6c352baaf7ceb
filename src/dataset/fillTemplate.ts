/** Replaces {slot}s and capitalizes the first letter (a sentence may begin with a slot). */
export function fillTemplate(template: string, slots: Record<string, string>): string {
  const text = template.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name] ?? whole);
  return /^\p{Ll}/u.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
