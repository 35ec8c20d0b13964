// Every example stays defect-free in every direction, not only the one it declares (first half).
import { exampleFiles, testOtherDirections } from './layout-fixtures.js';

testOtherDirections(exampleFiles().slice(0, 2));
