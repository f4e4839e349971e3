import { Skeleton } from "@/app/_components/ui/skeleton";

export default function LeadsLoading() {
  return (
    <main className="mx-auto flex max-w-7xl flex-col gap-3 p-4 md:p-6" aria-busy>
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-10 max-w-sm" />
      {Array.from({ length: 6 }, (_, i) => (
        <Skeleton key={i} className="h-16" />
      ))}
    </main>
  );
}
