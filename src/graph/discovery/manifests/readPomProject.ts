// Blocks whose <artifactId>/<description> belong to something else than the project itself.
const FOREIGN_BLOCKS = ['parent', 'dependencies', 'dependencyManagement', 'build', 'profiles', 'reporting', 'plugins', 'distributionManagement'];

const decode = (text: string): string =>
  text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * artifactId, description and <module> entries of a pom.xml. Regexes are enough here: poms are
 * machine-shaped and only a few elements matter. <module>s in profiles count too.
 */
export const readPomProject = (
  xml: string,
): { artifactId: string | undefined; description: string | undefined; modules: string[] } => {
  const text = xml.replace(/<!--[\s\S]*?-->/g, '');
  const modules = [...text.matchAll(/<modules>([\s\S]*?)<\/modules>/g)].flatMap((block) =>
    [...(block[1] ?? '').matchAll(/<module>([\s\S]*?)<\/module>/g)].map((m) => decode(m[1] ?? '')).filter((m) => m !== ''),
  );
  let own = text;
  for (const tag of FOREIGN_BLOCKS) own = own.replace(new RegExp(`<${tag}>[\\s\\S]*?</${tag}>`, 'g'), '');
  const field = (tag: string): string | undefined => {
    const value = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(own)?.[1];
    return value === undefined || decode(value) === '' ? undefined : decode(value);
  };
  return { artifactId: field('artifactId'), description: field('description'), modules };
};
