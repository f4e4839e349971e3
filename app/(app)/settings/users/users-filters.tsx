"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/ui/button";
import { SearchInput } from "@/app/_components/ui/input";
import { SelectField } from "@/app/_components/ui/select-field";
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
      <SelectField id="filter-profile" label={t("filterProfile")} value={filter.profileId ?? ""} onChange={(e) => onFilter({ ...filter, profileId: e.target.value || undefined })} className="w-48">
        <option value="">{t("allProfiles")}</option>
        {profiles.data?.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="filter-communication"
        label={t("filterCommunication")}
        value={fromBoolean(filter.canCommunicate)}
        onChange={(e) => onFilter({ ...filter, canCommunicate: toBoolean(e.target.value) })}
        className="w-56"
      >
        <option value="">{t("communicationAny")}</option>
        <option value="true">{t("communicationOnlyOn")}</option>
        <option value="false">{t("communicationOnlyOff")}</option>
      </SelectField>
      <SelectField id="filter-status" label={t("filterStatus")} value={fromBoolean(filter.active)} onChange={(e) => onFilter({ ...filter, active: toBoolean(e.target.value) })} className="w-44">
        <option value="">{t("statusAny")}</option>
        <option value="true">{t("statusOnlyActive")}</option>
        <option value="false">{t("statusOnlyInactive")}</option>
      </SelectField>
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
