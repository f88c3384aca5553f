// Placeholder until this page is built (this session); replaced before commit.
export function ProjectsPage() {
  return null;
}
