import { Forbidden } from "../_components/forbidden";

// Inside the settings layout, so the user keeps the sections they may open beside it.
export default function SettingsForbidden() {
  return <Forbidden />;
}
