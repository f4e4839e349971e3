import { Forbidden } from "./_components/forbidden";

// What forbidden() renders (HTTP 403) for a page or section the user may not open.
export default function ForbiddenPage() {
  return (
    <main className="mx-auto max-w-3xl p-6">
      <Forbidden />
    </main>
  );
}
