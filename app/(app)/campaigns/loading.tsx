import { Skeleton } from "@/app/_components/ui/skeleton";

export default function CampaignsLoading() {
  return (
    <main className="mx-auto flex max-w-7xl flex-col gap-3 p-4 md:p-6" aria-busy>
      <Skeleton className="h-8 w-40" />
      {Array.from({ length: 5 }, (_, i) => (
        <Skeleton key={i} className="h-14" />
      ))}
    </main>
  );
}
