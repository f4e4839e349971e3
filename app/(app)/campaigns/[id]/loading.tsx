import { Skeleton } from "@/app/_components/ui/skeleton";

export default function CampaignLoading() {
  return (
    <main className="mx-auto flex max-w-7xl flex-col gap-4 p-4 md:p-6" aria-busy>
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-24" />
      <Skeleton className="h-64" />
    </main>
  );
}
