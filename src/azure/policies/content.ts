/** Client and content definitions: which built-in page template each step renders. */
import { el, textEl, type XmlElement } from "../../xml";
import type { ResolvedSettings } from "./resolve";

interface Page {
  id: string;
  template: string;
  /** Page contract and version, the part after `urn:com:microsoft:aad:b2c:elements:contract:`. */
  contract: string;
  title: string;
}

const SELF_ASSERTED = "selfasserted:2.1.9";

/** Content definitions the generated journeys use for these settings. */
export function contentPages(s: ResolvedSettings): Page[] {
  const pages: Page[] = [
    { id: "api.error", template: "exception.cshtml", contract: "globalexception:1.2.1", title: "Error page" },
    {
      id: "api.idpselections",
      template: "idpSelector.cshtml",
      contract: "providerselection:1.2.1",
      title: "Sign-in method",
    },
    {
      id: "api.signuporsignin",
      template: "unified.cshtml",
      contract: "unifiedssp:2.1.5",
      title: "Sign in or sign up",
    },
    {
      id: "api.selfasserted",
      template: "selfAsserted.cshtml",
      contract: SELF_ASSERTED,
      title: "Your details",
    },
    {
      id: "api.selfasserted.profileupdate",
      template: "selfAsserted.cshtml",
      contract: SELF_ASSERTED,
      title: "Edit profile",
    },
    {
      id: "api.localaccountsignup",
      template: "selfAsserted.cshtml",
      contract: SELF_ASSERTED,
      title: "Create account",
    },
    {
      id: "api.localaccountpasswordreset",
      template: "selfAsserted.cshtml",
      contract: SELF_ASSERTED,
      title: "Reset password",
    },
  ];
  if (s.mfa.mode !== "off" && s.mfa.methods.includes("phone")) {
    pages.push({
      id: "api.phonefactor",
      template: "multifactor-1.0.0.cshtml",
      contract: "multifactor:1.2.5",
      title: "Phone verification",
    });
  }
  if (s.mfa.mode !== "off" && s.mfa.methods.includes("totp")) {
    pages.push({
      id: "api.selfasserted.totp",
      template: "selfAsserted.cshtml",
      contract: SELF_ASSERTED,
      title: "Authenticator app",
    });
  }
  return pages;
}

/** `ClientDefinitions` and `ContentDefinitions` for the Base policy. */
export function contentDefinitions(s: ResolvedSettings): XmlElement[] {
  return [
    el("ClientDefinitions", {}, [
      el("ClientDefinition", { Id: "DefaultWeb" }, [
        textEl("ClientUIFilterFlags", "LineMarkers, MetaRefresh"),
      ]),
    ]),
    el(
      "ContentDefinitions",
      {},
      contentPages(s).map((p) =>
        el("ContentDefinition", { Id: p.id }, [
          textEl("LoadUri", `~/tenant/templates/AzureBlue/${p.template}`),
          textEl("RecoveryUri", "~/common/default_page_error.html"),
          textEl("DataUri", `urn:com:microsoft:aad:b2c:elements:contract:${p.contract}`),
          el("Metadata", {}, [textEl("Item", p.title, { Key: "DisplayName" })]),
        ]),
      ),
    ),
  ];
}
