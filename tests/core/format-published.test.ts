import { describe, expect, it } from "vitest";
import { formatPublished, titleNote } from "../../src/core/format-published.js";
import { sourceLine } from "../../src/console/render-text.js";

describe("formatPublished", () => {
  it("marks approximate dates as approximate and spells the month", () => {
    expect(formatPublished({ published: "2025-09", approximate: true })).toBe("c. Sept 2025");
    expect(formatPublished({ published: "2024", approximate: true })).toBe("c. 2024");
    expect(formatPublished({ published: "2025-07-04", approximate: true })).toBe("c. 4 July 2025");
  });

  it("shows a stated date as the article gives it", () => {
    expect(formatPublished({ published: "2026-06-10" })).toBe("2026-06-10");
    expect(formatPublished({ published: "2025", approximate: false })).toBe("2025");
  });

  it("marks a title that is not the article's own headline as descriptive", () => {
    expect(titleNote({ headline: false })).toBe(" (descriptive title)");
    expect(titleNote({})).toBe("");
  });

  it("is what the console's source line shows", () => {
    const line = sourceLine({ id: "a", title: "Acme buys Globex", published: "2025-09", approximate: true, headline: false, url: null });
    expect(line).toBe("Acme buys Globex (descriptive title) (c. Sept 2025)");
  });
});
