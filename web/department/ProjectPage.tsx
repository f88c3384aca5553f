// Placeholder until this page is built (this session); replaced before commit.
export function ProjectPage() {
  return null;
}
