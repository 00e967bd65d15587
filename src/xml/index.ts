export {
  el,
  isElement,
  textEl,
  type XmlAttributes,
  type XmlAttributeValue,
  type XmlChildInput,
  type XmlElement,
  type XmlNode,
} from "./element";
export { type RenderXmlOptions, renderXml, XmlRenderError } from "./render";
