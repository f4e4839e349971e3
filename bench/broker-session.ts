// Signs in through next-auth's credentials endpoint, as the login form does, and keeps the cookies.
export async function signIn(appUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair?.indexOf("=") ?? -1;
      if (pair && at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${appUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(), origin: appUrl },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${appUrl}/inbox` }),
  });
  keep(login);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) throw new Error(`sign-in as ${email} failed (${login.status} ${login.headers.get("location")})`);
  return header();
}
