"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { SearchInput } from "@/app/_components/ui/input";
import { Label } from "@/app/_components/ui/label";
import { NativeSelect } from "@/app/_components/ui/native-select";
import { api } from "@/app/_trpc/client";
import type { UserFilter } from "@/server/services/users/list-users";
import { fromBoolean, toBoolean } from "./user-filter";

type Props = { search: string; onSearch: (search: string) => void; filter: UserFilter; onFilter: (filter: UserFilter) => void };

export function UsersFilters({ search, onSearch, filter, onFilter }: Props) {
  const t = useTranslations("users");
  const profiles = api.users.profileOptions.useQuery();
  const filtered = Boolean(search || filter.profileId || filter.canCommunicate !== undefined || filter.active !== undefined);
  return (
    <fieldset className="flex flex-wrap items-end gap-3">
      <legend className="sr-only">{t("filters")}</legend>
      <SearchInput label={t("searchPlaceholder")} placeholder={t("searchPlaceholder")} value={search} onSearch={onSearch} className="w-full sm:w-72" />
      <div className="flex flex-col gap-1">
        <Label htmlFor="filter-profile">{t("filterProfile")}</Label>
        <NativeSelect id="filter-profile" value={filter.profileId ?? ""} onChange={(e) => onFilter({ ...filter, profileId: e.target.value || undefined })} className="w-48">
          <option value="">{t("allProfiles")}</option>
          {profiles.data?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="filter-communication">{t("filterCommunication")}</Label>
        <NativeSelect
          id="filter-communication"
          value={fromBoolean(filter.canCommunicate)}
          onChange={(e) => onFilter({ ...filter, canCommunicate: toBoolean(e.target.value) })}
          className="w-56"
        >
          <option value="">{t("communicationAny")}</option>
          <option value="true">{t("communicationOnlyOn")}</option>
          <option value="false">{t("communicationOnlyOff")}</option>
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="filter-status">{t("filterStatus")}</Label>
        <NativeSelect id="filter-status" value={fromBoolean(filter.active)} onChange={(e) => onFilter({ ...filter, active: toBoolean(e.target.value) })} className="w-44">
          <option value="">{t("statusAny")}</option>
          <option value="true">{t("statusOnlyActive")}</option>
          <option value="false">{t("statusOnlyInactive")}</option>
        </NativeSelect>
      </div>
      {filtered ? (
        <Button
          variant="ghost"
          onClick={() => {
            onSearch("");
            onFilter({});
          }}
        >
          {t("clearFilters")}
        </Button>
      ) : null}
    </fieldset>
  );
}
