import Link from "next/link";
import { Button } from "@/app/_components/ui/button";
import { PageHeader } from "@/app/_components/ui/card";

// A settings list's header, whose action opens the page that creates a new item.
export function ListPageHeader({ title, description, newHref, newLabel }: { title: string; description: string; newHref: string; newLabel: string }) {
  return (
    <PageHeader
      title={title}
      description={description}
      actions={
        <Button asChild>
          <Link href={newHref}>{newLabel}</Link>
        </Button>
      }
    />
  );
}
