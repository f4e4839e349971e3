import { Skeleton } from "@/app/_components/ui/skeleton";

export default function LeadLoading() {
  return (
    <main className="mx-auto flex max-w-7xl flex-col gap-4 p-4 md:p-6" aria-busy>
      <Skeleton className="h-4 w-32" />
      <Skeleton className="h-10 w-64" />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <Skeleton className="h-96" />
        <Skeleton className="h-96" />
      </div>
    </main>
  );
}
