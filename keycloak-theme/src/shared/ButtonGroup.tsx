import { Children, isValidElement, type ReactNode } from "react";
import { fr, type FrCxArg } from "@codegouvfr/react-dsfr";

type Props = {
  /** Side by side always, or from the sm / md breakpoint up; stacked without it. */
  inline?: "always" | "sm" | "md";
  small?: boolean;
  iconLeft?: boolean;
  /** Spacing around the group (fr-mt-3w…). */
  spacing?: FrCxArg;
  children: ReactNode;
};

/**
 * A DSFR "groupe de boutons": a list, one item per child (a button or a link); a child that is
 * false, null, undefined or empty (a button shown only sometimes) has no item.
 */
export function ButtonGroup({ inline, small = false, iconLeft = false, spacing, children }: Props) {
  return (
    <ul
      className={fr.cx(
        "fr-btns-group",
        inline === "always" ? "fr-btns-group--inline" : inline !== undefined && `fr-btns-group--inline-${inline}`,
        small && "fr-btns-group--sm",
        iconLeft && "fr-btns-group--icon-left",
        spacing,
      )}
    >
      {Children.toArray(children)
        .filter((child) => child !== "")
        .map((child, index) => (
          <li key={isValidElement(child) && child.key !== null ? child.key : index}>{child}</li>
        ))}
    </ul>
  );
}
