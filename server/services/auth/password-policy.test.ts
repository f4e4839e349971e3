import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { translateError } from "@/server/i18n/translate-error";
import commonPasswords from "./common-passwords.json";
import { assertPasswordPolicy, passwordProblem } from "./password-policy";

const email = "maria.souza@imobiliaria.com.br";

describe("password policy", () => {
  it("accepts a long passphrase unrelated to the e-mail", () => {
    expect(passwordProblem("cavalo correto bateria grampo", email)).toBeNull();
    expect(passwordProblem("x7#Kq2!vLm9@", email)).toBeNull();
  });

  it("refuses fewer than 12 characters, counting characters rather than bytes", () => {
    expect(passwordProblem("Tr0ub4dor&3", email)).toBe("tooShort");
    expect(passwordProblem("ação-pé-mão", email)).toBe("tooShort");
    expect(passwordProblem("ação-pé-mãos", email)).toBeNull();
  });

  it("refuses the e-mail, its local part or a piece of it inside the password", () => {
    expect(passwordProblem(email, email)).toBe("containsEmail");
    expect(passwordProblem("MARIA.SOUZA-2026!", email)).toBe("containsEmail");
    expect(passwordProblem("mariasouza-2026!", email)).toBe("containsEmail");
    expect(passwordProblem("eu-sou-a-souza-de-novo", email)).toBe("containsEmail");
    // Pieces shorter than four letters would refuse half the dictionary.
    expect(passwordProblem("banana-split-azul", "ana@x.com")).toBeNull();
  });

  it("refuses the commonest passwords, also dressed with case, digits, symbols or leetspeak", () => {
    for (const password of ["123456789012", "Password1234", "P@ssw0rd2024!", "senha12345678", "Flamengo2026!!", "comunicador123", "te amo 12345678", "qwertyuiop12"]) {
      expect(passwordProblem(password, email), password).toBe("common");
    }
    expect(passwordProblem("abcabcabcabc", email)).toBe("common");
    expect(passwordProblem("111111111111", email)).toBe("common");
  });

  it("keeps a list of a few hundred lower-case entries", () => {
    expect(commonPasswords.length).toBeGreaterThan(300);
    expect(commonPasswords.every((p) => p === p.toLowerCase())).toBe(true);
  });

  it("throws a pt-BR reason for each refusal", () => {
    const reasonOf = (password: string) => {
      try {
        assertPasswordPolicy(password, email);
        return null;
      } catch (error) {
        return error instanceof AppError ? translateError("pt-BR", error.key, error.params) : null;
      }
    };
    expect(reasonOf("curta")).toBe("A senha precisa de pelo menos 12 caracteres.");
    expect(reasonOf("maria.souza-2026!")).toBe("A senha não pode conter o seu e-mail nem o nome antes do @.");
    expect(reasonOf("Password1234")).toMatch(/^Essa senha é uma das mais usadas/);
    expect(reasonOf("cavalo correto bateria grampo")).toBeNull();
  });
});
