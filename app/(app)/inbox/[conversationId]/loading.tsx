import { Skeleton } from "@/app/_components/ui/skeleton";

export default function ConversationLoading() {
  return (
    <div className="flex h-full flex-col" aria-busy>
      <div className="flex h-16 items-center gap-3 border-b border-line bg-surface px-4">
        <Skeleton className="h-10 w-10 rounded-full" />
        <Skeleton className="h-4 w-40" />
      </div>
      <div className="flex flex-1 flex-col justify-end gap-3 p-4">
        <Skeleton className="h-10 w-2/3" />
        <Skeleton className="ml-auto h-10 w-1/2" />
        <Skeleton className="h-10 w-1/3" />
      </div>
      <div className="h-16 border-t border-line bg-surface" />
    </div>
  );
}
