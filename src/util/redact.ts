/** What an API client may see of a message: no absolute file paths (the server's layout is not theirs). */
const PATH = /(?:[A-Za-z]:)?(?:[\\/][^\s'"`\\/:()<>,;]+){2,}[\\/]?/g;

export function redactPaths(message: string): string {
  return message.replace(PATH, (p) => {
    const name = p.split(/[\\/]/).filter(Boolean).pop() ?? '';
    return `…/${name}`;
  });
}
