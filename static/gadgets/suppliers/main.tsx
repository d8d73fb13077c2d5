import { DEFAULT_SUPPLIERS, SUPPLIERS } from '@contract/gadgets/suppliers';
import { mountGadget } from '../shared/mount';
import { Suppliers } from './Suppliers';

mountGadget({ defaults: DEFAULT_SUPPLIERS, data: SUPPLIERS.data, View: Suppliers });
