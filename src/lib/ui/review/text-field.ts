/** The props of a labelled text box whose value the parent binds (AuthorField, PlaceInput). */
export interface TextFieldProps {
	value: string;
	label: string;
	placeholder: string;
}
